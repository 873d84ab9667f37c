import { describe, expect, it } from 'vitest';
import { csvCell, entriesToCsv } from '../../../../utils/journal/csv';
import type { JournalEntry } from '../../../../utils/journal';

const entry: JournalEntry = {
  id: 'e1',
  createdAt: Date.UTC(2025, 2, 12, 9, 0),
  updatedAt: Date.UTC(2025, 2, 12, 9, 5),
  mood: 2,
  stress: 80,
  timePressure: 90,
  mentalDemand: null,
  frustration: 75,
  tags: ['escalation', 'angry customer'],
  note: 'Er sagte: "Das ist das dritte Mal",\nund legte auf.',
  ticketRef: 'TD-1',
};

describe('stress not rated', () => {
  it('is an empty cell, as the workload scales not rated are', () => {
    const [, row] = entriesToCsv([{ ...entry, stress: null, note: 'n' }])
      .replace('\uFEFF', '')
      .split('\r\n');
    expect(row!.split(',').slice(3, 6)).toEqual(['2', '', '90']);
  });
});

/** A small RFC 4180 reader, to check the output parses back to the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endCell();
    else if (c === '\r' && text[i + 1] === '\n') {
      endCell();
      rows.push(row);
      row = [];
      i += 1;
    } else cell += c;
  }
  return rows;
}

describe('CSV export', () => {
  it('writes a header and one row per entry that parse back to the same cells', () => {
    const csv = entriesToCsv([entry]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([
      'id',
      'createdAt',
      'updatedAt',
      'mood',
      'stress',
      'timePressure',
      'mentalDemand',
      'frustration',
      'tags',
      'note',
      'ticketRef',
    ]);
    expect(rows[1]).toEqual([
      'e1',
      '2025-03-12T09:00:00.000Z',
      '2025-03-12T09:05:00.000Z',
      '2',
      '80',
      '90',
      '',
      '75',
      'escalation; angry customer',
      entry.note,
      'TD-1',
    ]);
    expect(rows).toHaveLength(2);
  });

  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('cr\rlf')).toBe('"cr\rlf"');
  });

  it('keeps formulas from running in a spreadsheet', () => {
    expect(csvCell('=HYPERLINK("http://x","click")')).toBe(`"'=HYPERLINK(""http://x"",""click"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('a=b')).toBe('a=b');
    const rows = parseCsv(
      entriesToCsv([{ ...entry, note: '=1+1', ticketRef: '@x', tags: ['-x'] }]).slice(1),
    );
    expect(rows[1]?.slice(8)).toEqual(["'-x", "'=1+1", "'@x"]);
  });
});
