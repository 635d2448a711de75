// The allocation seed of a randomised study at rest (ADR 0016): AES-256-GCM with the application's
// encryption key, like the CPR number (lib/crypto/cpr.ts). The seed exists in clear only in memory
// while a case is allocated, and in the database only after the study has closed (for the auditor).
import "server-only";
import { decryptCpr, encryptCpr } from "./cpr";

/** Encrypts a 64-hex-character allocation seed (lib/studies/allocation.ts newAllocationSeed). */
export function encryptStudySeed(seed: string): string {
  return encryptCpr(seed);
}

/** Decrypts a stored allocation seed. @throws Error when the ciphertext is malformed or was tampered with (GCM tag). */
export function decryptStudySeed(stored: string): string {
  return decryptCpr(stored);
}
