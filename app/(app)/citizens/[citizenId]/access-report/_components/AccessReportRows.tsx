"use client";
// The access report's rows (issue 9; the pattern of ADR 0028). The server sends each row as its cell
// texts once (already translated and formatted: the same functions write the CSV), and this component
// draws the `<tr>`s, on the server for the HTML and in the browser for hydration. Drawn by the server
// component instead, every row also travelled as its React element tree in the page's payload, so a
// report at its limit of 10,000 rows was sent twice (about 8 MB of HTML).

/** One report row as cell texts: when, who, their role, department, record, action, consent, purpose ("" when none). */
export type AccessReportRowText = [
  when: string,
  who: string,
  role: string,
  department: string,
  record: string,
  action: string,
  consent: string,
  purpose: string,
];

/** The `<tr>`s of the access report's table (components/ui/Table draws the table around them). */
export function AccessReportRows({ rows }: { rows: AccessReportRowText[] }) {
  return rows.map(([when, who, role, department, record, action, consent, purpose], i) => (
    <tr key={i}>
      <td className="whitespace-nowrap">{when}</td>
      <td>
        {who}
        <span className="block text-slate-700">{role}</span>
      </td>
      <td>{department}</td>
      <td>{record}</td>
      <td>{action}</td>
      <td>
        {consent}
        {purpose ? <span className="block text-slate-700">{purpose}</span> : null}
      </td>
    </tr>
  ));
}
