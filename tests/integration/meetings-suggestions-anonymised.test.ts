// Anonymised agenda suggestions once one is on the agenda, and the language of the text the app
// writes into the agenda (fix9 items 4 and 5). The suggestions table (Suggestions.tsx, a server
// component) is called as a function with the coordinator's English translator, and its rows are
// read from the element tree it returns; the item is added with the question the row's form would post.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isValidElement, type ReactElement, type ReactNode } from "react";
import { setupTestDb, teardownTestDb, testDb } from "./support/db";
import { createCase, createOrg } from "../factories";
import { createMeeting, danishToday } from "../factories/consents";
import { addDays } from "@/lib/time";
import { suggestAgendaItems } from "@/lib/domain/meetings/suggest-agenda-items";
import { addAgendaItem } from "@/lib/domain/meetings/add-agenda-item";
import { getMeeting } from "@/lib/domain/meetings/get-meeting";
import { translatorFor, type T } from "@/lib/i18n/server";
import { Suggestions } from "@/app/(app)/meetings/[meetingId]/Suggestions";
import { AddSuggestionForm } from "@/app/(app)/meetings/_components/AgendaForms";

beforeAll(setupTestDb);
afterAll(teardownTestDb);

type Props = { children?: ReactNode } & Record<string, unknown>;

/** Every element in `node`'s tree, by the children passed to it (components are not rendered). */
function elements(node: ReactNode): ReactElement<Props>[] {
  if (Array.isArray(node)) return node.flatMap(elements);
  if (!isValidElement<Props>(node)) return [];
  return [node, ...elements(node.props.children)];
}

/** The text of `node`'s strings (components are not rendered). */
function text(node: ReactNode): string {
  if (typeof node === "string" || typeof node === "number") return String(node);
  if (Array.isArray(node)) return node.map(text).join("");
  return isValidElement<Props>(node) ? text(node.props.children) : "";
}

/** The table's rows as [citizen, reason, action] cells. */
const rows = (tree: ReactNode) => elements(tree).filter((e) => e.type === "tr");
const cells = (row: ReactElement<Props>) => (row.props.children as ReactElement<Props>[]).map((c) => c.props.children);
const addForms = (tree: ReactNode) =>
  elements(tree).filter((e) => e.type === AddSuggestionForm) as ReactElement<Props & { question: string }>[];

/** A meeting and three cases overdue by one day, none with consent in both directions: three anonymised suggestions with one reason. */
async function threeAlike() {
  const { db } = testDb();
  const f = await createOrg(db);
  const meeting = await createMeeting(db, f.actors.coordinator);
  for (let i = 0; i < 3; i++) {
    const c = await createCase(db, f);
    await db.sickLeaveCase.update({
      where: { id: c.id },
      data: { nextDeadlineOn: addDays(danishToday(), -1), nextDeadlineKind: "FOLLOW_UP" },
    });
  }
  const { suggestions, more } = await suggestAgendaItems(f.actors.coordinator, meeting.id);
  expect(suggestions).toHaveLength(3);
  expect(suggestions.every((s) => s.citizenId === null)).toBe(true);
  return { db, f, meetingId: meeting.id, table: Suggestions({ meetingId: meeting.id, suggestions, more, items: [], t: en }) };
}

/** Adds the suggestion of the row's form as the coordinator would (the form posts these fields); the new item's id. */
async function add(f: Awaited<ReturnType<typeof threeAlike>>["f"], meetingId: string, form: ReactElement<Props>) {
  const { source, question, citizenId, flagId } = form.props as unknown as {
    source: "DEADLINE";
    question: string;
    citizenId: string | null;
    flagId: string | null;
  };
  return addAgendaItem(f.actors.coordinator, { meetingId, citizenId, flagId, source, question });
}

const en = translatorFor("en") as T;
const da = translatorFor("da") as T;
const overdue = { kind: da("rules.kind.FOLLOW_UP"), days: 1 };

describe("the text the app writes into the agenda (fix9 item 5)", () => {
  it("is the organisation's Danish for a coordinator with the English UI, shown in English and stored in Danish", async () => {
    const { db, f, meetingId, table } = await threeAlike();
    const forms = addForms(table);
    expect(forms).toHaveLength(3);
    // The coordinator reads English; the question the form posts is the organisation's Danish.
    expect(rows(table).map((r) => text(cells(r)[1]))).toEqual(Array(3).fill(expect.stringContaining("overdue")));
    for (const form of forms) expect(form.props.question).toBe(da("meetings.reason.DEADLINE_overdue", overdue));
    expect(forms[0]!.props.question).not.toBe(en("meetings.reason.DEADLINE_overdue", { ...overdue, kind: en("rules.kind.FOLLOW_UP") }));
    const itemId = await add(f, meetingId, forms[1]!);
    const stored = await db.meetingAgendaItem.findUniqueOrThrow({ where: { id: itemId } });
    expect(stored.question).toBe("Fristen (Opfølgningssamtale) er overskredet med 1 dag");
  });
});

describe("anonymised suggestions with the same text, once one is on the agenda (fix9 item 4)", () => {
  it("every row it covers says that an anonymised item with the same text is there and covers the case", async () => {
    const { f, meetingId, table } = await threeAlike();
    await add(f, meetingId, addForms(table)[1]!);
    const m = await getMeeting(f.actors.coordinator, meetingId);
    const after = Suggestions({ meetingId, ...(await suggestAgendaItems(f.actors.coordinator, meetingId)), items: m.items, t: en });
    // No add button, and not "already on the agenda" (which read as if each case had its own item).
    expect(addForms(after)).toHaveLength(0);
    const actions = rows(after).map((r) => text(cells(r)[2]));
    expect(actions).toEqual(Array(3).fill("An anonymised item with the same text is on the agenda (covers this case)"));
    expect(actions).not.toContain(en("meetings.suggestions.onAgenda"));
    expect(da("meetings.suggestions.anonymisedOnAgenda")).toBe(
      "Et anonymiseret punkt med samme tekst er på dagsordenen (dækker denne sag)",
    );
  });
});
