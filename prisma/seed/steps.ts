// Further seed steps, run in order after the base (departments, users, citizens, cases).
// Each area adds its own step here (e.g. follow-ups and deadlines, programmes and referrals).
import type { SeedContext } from "./base";

export const seedSteps: ((ctx: SeedContext) => Promise<void>)[] = [];
