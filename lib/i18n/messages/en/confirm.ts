// The confirmation step before weighty actions (components/ui/ConfirmSubmit.tsx): what happens, said
// before the real button, and the button itself. One sub-object per action.
export const confirm = {
  cancel: "Cancel",
  consentRevoke: {
    consequence:
      "The consent is revoked from now on and cannot be restored – a new one would have to be recorded. From its next page view the other department can no longer see what this consent let it see.",
    confirm: "Yes, revoke the consent",
  },
  userDisable: {
    consequence:
      "The user loses access: the open session ends at the next click, and the user cannot sign in until an administrator enables the account again. This is written to the user's history.",
    confirm: "Yes, disable the user",
  },
  studyCreate: {
    consequence:
      "The study cannot be edited or deleted afterwards, only closed. In a randomised study allocation starts on the start date: every new case in the population is allocated at its first held follow-up meeting, and an allocation cannot be undone.",
    confirm: "Yes, create and start the study",
  },
  studyClose: {
    consequence:
      "The study cannot be reopened: no more cases enter, and in a randomised study the key is revealed so that every allocation can be verified.",
    confirm: "Yes, close the study",
  },
  referralReject: {
    consequence:
      "The referral is rejected and cannot be reopened. The jobcenter sees the rejection and the reason and has to send a new referral if the citizen still needs a programme.",
    confirm: "Yes, reject the referral",
  },
  referralDrop: {
    consequence:
      "The course is recorded as dropped out and cannot be resumed on this referral. The place in the programme becomes free, and the jobcenter sees the drop-out and the reason.",
    confirm: "Yes, record the drop-out",
  },
  referralReturn: {
    consequence: "The citizen is returned to the jobcenter and the referral ends; it cannot be reopened. The jobcenter sees the reason.",
    confirm: "Yes, return the citizen",
  },
  agendaItemRemove: {
    consequence:
      "The item has minutes (notes or a decision). Removing it takes the item and its minutes out of the meeting's minutes; it cannot be put back.",
    confirm: "Yes, remove the item",
  },
  minutesClose: {
    consequence:
      "The minutes are closed and cannot be reopened: after that they can only be corrected with a reason, which is kept in the history, and the coordinator's access to the citizens' information from the agenda ends.",
    confirm: "Yes, close the minutes",
  },
  aidApprove: {
    consequence:
      "The aid “{item}” is granted. The grant cannot be undone in Samspil; it is shown on the case and in its history, and the caseworker sees it.",
    confirm: "Yes, grant the aid",
  },
};
