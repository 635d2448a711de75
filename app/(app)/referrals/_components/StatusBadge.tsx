import { Badge, type Tone } from "@/components/ui/Badge";
import type { ReferralStatus } from "@/lib/referrals/transitions";

const TONES: Record<ReferralStatus, Tone> = {
  SUBMITTED: "info",
  ACCEPTED: "success",
  WAITLISTED: "warning",
  REJECTED: "danger",
  STARTED: "success",
  COMPLETED: "neutral",
  DROPPED: "danger",
  RETURNED: "warning",
};

export function ReferralStatusBadge({ status, label }: { status: ReferralStatus; label: string }) {
  return <Badge tone={TONES[status]}>{label}</Badge>;
}
