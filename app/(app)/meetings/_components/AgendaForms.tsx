"use client";
// The coordinator's agenda controls (issue 12): take up a suggestion (named or anonymised), add an
// anonymised item by hand, move an item up or down, remove it.
// Each says it is done (walk9, fix12 item 2). Adding a suggestion, moving and removing take their
// button off the page (the suggestion row says "on the agenda", the moved item's DOM node moves,
// the removed item is gone), which drops the keyboard focus on <body>: their message is kept for
// <Flash scope="agenda"> above the agenda (ADR 0032), which takes the focus then. A move keeps the
// focus on the moved item's same move button (fix15 item 3): the button takes it back when its item's
// place has changed, and the message is announced by the <Flash> status region without the focus.
// At the top (bottom) the "up" ("down") button says why it does nothing (aria-disabled with a reason);
// the use case refuses such a move.
// The hand-added item's form stays: its own message shows and takes the focus (useActionForm).
import { useEffect, useLayoutEffect, useRef, type MouseEvent } from "react";
import { useTranslations } from "use-intl";
import { Form } from "@/components/forms/Form";
import { FormMessage } from "@/components/forms/FormMessage";
import { TextField } from "@/components/forms/fields";
import { useActionForm } from "@/components/forms/useActionForm";
import { Button } from "@/components/ui/Button";
import { ConfirmSubmit } from "@/components/ui/ConfirmSubmit";
import { addAgendaItemAction, moveAgendaItemAction, removeAgendaItemAction } from "../actions";
import { lazySchema } from "@/components/forms/lazySchema";
import { HiddenFields } from "@/components/forms/HiddenFields";

/** The scope of the agenda's <Flash> (the meeting page, above the agenda; the page writes it out). */
const AGENDA_FLASH = "agenda";

// The forms' schemas load on demand (ADR 0030).
const ZAddAgendaItem = lazySchema(() => import("@/lib/validation/meetings").then((m) => m.ZAddAgendaItem), { question: 1000 });
const ZMoveAgendaItem = lazySchema(() => import("@/lib/validation/meetings").then((m) => m.ZMoveAgendaItem));
const ZRemoveAgendaItem = lazySchema(() => import("@/lib/validation/meetings").then((m) => m.ZRemoveAgendaItem));

/** One suggestion's "add" button; `label` names the citizen or the anonymised reason for screen readers. */
export function AddSuggestionForm(props: {
  meetingId: string;
  citizenId: string | null;
  flagId: string | null;
  source: string;
  question: string;
  label: string;
}) {
  const t = useTranslations();
  const f = useActionForm(ZAddAgendaItem, addAgendaItemAction, { flash: AGENDA_FLASH });
  return (
    <Form form={f}>
      <FormMessage form={f} />
      <input type="hidden" name="meetingId" value={props.meetingId} />
      <input type="hidden" name="citizenId" value={props.citizenId ?? ""} />
      <input type="hidden" name="flagId" value={props.flagId ?? ""} />
      <input type="hidden" name="source" value={props.source} />
      <input type="hidden" name="question" value={props.question} />
      <Button
        type="submit"
        variant="secondary"
        disabled={f.pending}
        aria-label={`${props.citizenId ? t("meetings.suggestions.addNamed") : t("meetings.suggestions.addAnonymised")}: ${props.label}`}
      >
        {props.citizenId ? t("meetings.suggestions.addNamed") : t("meetings.suggestions.addAnonymised")}
      </Button>
    </Form>
  );
}

/** An anonymised item added by hand: only the question. */
export function AddItemForm({ meetingId }: { meetingId: string }) {
  const t = useTranslations();
  const f = useActionForm(ZAddAgendaItem, addAgendaItemAction, { resetOnSuccess: true });
  return (
    <Form form={f} idPrefix="item-new" className="mt-4 max-w-2xl">
      <h3 className="mb-2 font-semibold text-slate-900">{t("meetings.addItem.heading")}</h3>
      <FormMessage form={f} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="source" value="MANUAL" />
      <TextField name="question" label={t("meetings.addItem.question")} hint={t("meetings.addItem.questionHint")} required />
      <Button type="submit" disabled={f.pending}>
        {t("meetings.addItem.submit")}
      </Button>
    </Form>
  );
}

/**
 * One move button. `position` is the item's place on the agenda (it changes when the move is drawn);
 * `edge` is the reason the button does nothing (the item is first / last), or null.
 */
function MoveButton(props: { itemId: string; direction: "UP" | "DOWN"; label: string; position: number; edge: string | null }) {
  const { itemId, direction, label, position, edge } = props;
  const f = useActionForm(ZMoveAgendaItem, moveAgendaItemAction, { flash: AGENDA_FLASH });
  const id = `move-${direction.toLowerCase()}-${itemId}`;
  // This button was pressed and its item has not been drawn in its new place yet.
  const moving = useRef(false);
  // The item's node may be moved in the DOM (the focus then falls to <body>): the button takes the
  // focus back in the same commit, before the <Flash> would take it.
  useLayoutEffect(() => {
    if (!moving.current) return;
    moving.current = false;
    document.getElementById(id)?.focus();
  }, [position, id]);
  // The answer (after the form hook has put the focus on its message): back to the button; a refusal stops waiting.
  useEffect(() => {
    if (f.formError || f.conflict) moving.current = false;
    else if (f.success && document.activeElement?.id !== id) document.getElementById(id)?.focus();
  }, [f.success, f.formError, f.conflict, id]);
  const onClick = (e: MouseEvent<HTMLButtonElement>) => {
    if (edge) e.preventDefault();
    else moving.current = true;
  };
  return (
    <Form form={f}>
      {/* The success is said once, by <Flash scope="agenda">; a refusal is said here, by the button. */}
      <FormMessage form={{ formError: f.formError, conflict: f.conflict, success: undefined }} />
      <input type="hidden" name="itemId" value={itemId} />
      <input type="hidden" name="direction" value={direction} />
      <Button
        id={id}
        type="submit"
        variant="secondary"
        disabled={f.pending}
        aria-disabled={edge ? true : undefined}
        aria-describedby={edge ? `${id}-edge` : undefined}
        className={edge ? "cursor-not-allowed opacity-60" : ""}
        onClick={onClick}
      >
        {label}
      </Button>
      {edge ? (
        <span id={`${id}-edge`} className="sr-only">
          {edge}
        </span>
      ) : null}
    </Form>
  );
}

/**
 * Removing an item (lib/domain/meetings/remove-agenda-item.ts has the rule): one click for an item
 * without minutes and tasks; a confirmation step that says the minutes go with it for an item with
 * minutes; none for an item with action items (they stay with their item): a short note instead.
 */
function RemoveItem({
  itemId,
  version,
  hasMinutes,
  hasTasks,
}: {
  itemId: string;
  version: number;
  hasMinutes: boolean;
  hasTasks: boolean;
}) {
  const t = useTranslations();
  const f = useActionForm(ZRemoveAgendaItem, removeAgendaItemAction, { flash: AGENDA_FLASH });
  if (hasTasks) return <p className="max-w-xs py-2 text-sm text-slate-700">{t("meetings.item.cannotRemove")}</p>;
  return (
    <Form form={f}>
      <FormMessage form={f} />
      <input type="hidden" name="itemId" value={itemId} />
      <HiddenFields values={{ version: version }} />
      {hasMinutes ? (
        <ConfirmSubmit
          id={`remove-item-${itemId}`}
          label={t("meetings.item.remove")}
          consequence={t("confirm.agendaItemRemove.consequence")}
          confirm={t("confirm.agendaItemRemove.confirm")}
          pending={f.pending}
          done={!!f.success}
        >
          {/* Posted only through this step: the server refuses to remove an item with minutes without it. */}
          <input type="hidden" name="confirmed" value="true" />
        </ConfirmSubmit>
      ) : (
        <Button type="submit" variant="secondary" disabled={f.pending}>
          {t("meetings.item.remove")}
        </Button>
      )}
    </Form>
  );
}

/**
 * Move up, move down and remove for one item; `title` names the item for screen readers, `position`
 * is its place (1-based) among `count` items.
 */
export function ItemControls(props: {
  itemId: string;
  version: number;
  title: string;
  hasMinutes: boolean;
  hasTasks: boolean;
  position: number;
  count: number;
}) {
  const t = useTranslations();
  return (
    <div className="flex flex-wrap items-start gap-2 print:hidden" role="group" aria-label={props.title}>
      <MoveButton
        itemId={props.itemId}
        direction="UP"
        label={t("meetings.item.up")}
        position={props.position}
        edge={props.position === 1 ? t("meetings.errors.alreadyFirst") : null}
      />
      <MoveButton
        itemId={props.itemId}
        direction="DOWN"
        label={t("meetings.item.down")}
        position={props.position}
        edge={props.position === props.count ? t("meetings.errors.alreadyLast") : null}
      />
      <RemoveItem itemId={props.itemId} version={props.version} hasMinutes={props.hasMinutes} hasTasks={props.hasTasks} />
    </div>
  );
}
