// Further seed steps, run in order after the base (departments, users, citizens, cases).
// Each area adds its own step here (e.g. follow-ups and deadlines, programmes and referrals).
import type { SeedContext } from "./base";
import { seedDeadlines } from "./deadlines";
import { seedFollowUps } from "./followups";
import { seedProgrammes } from "./referrals";
import { seedRehab } from "./rehab";
import { seedBoardHistory } from "./board-history";
import { seedMeetings } from "./meetings";
import { seedStudies } from "./studies";
import { seedCaseRules } from "./case-rules";

export const seedSteps: ((ctx: SeedContext) => Promise<void>)[] = [
  seedProgrammes,
  seedRehab,
  seedFollowUps,
  seedMeetings,
  seedBoardHistory,
  seedCaseRules,
  seedStudies,
  // keep last: deadlines depend on everything above
  seedDeadlines,
];
