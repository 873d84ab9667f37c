// @vitest-environment happy-dom
// The pack components render every pack string as text: markup in a message or a problem shows
// as characters and never becomes elements; the import preview and the rule list work by
// keyboard-reachable controls.
import { describe, expect, it, vi } from 'vitest';
import { ImportPanel } from '../../../../components/packs/ImportPanel';
import { PacksSection, type PacksActions } from '../../../../components/packs/PacksSection';
import { createChecker, diffPacks, loadPack, type Pack } from '../../../../rules/index';
import { createTranslator } from '../../../support/i18n';
import { mount } from '../../../support/mount';
import { EMPTY_PACK_STATE } from '../../../../utils/packs/state';
import { minimalPack, text } from '../../../support/packs';

const SCRIPT = '<img src=x onerror="window.hacked=1"><script>window.hacked=2</script>';

function loaded(pack: Pack): Pack {
  const result = loadPack(text(pack));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.pack;
}

describe('pack strings are text', () => {
  it('shows markup in a pack description and rule message as text', () => {
    const pack = loaded({
      ...minimalPack(),
      description: `Team rules ${SCRIPT}`,
      rules: [{ ...minimalPack().rules[0]!, messages: { de: SCRIPT, en: SCRIPT } }],
    });
    const checker = createChecker({ packs: [pack] });
    if (!checker.ok) throw new Error('checker');
    const actions = new Proxy({}, { get: () => vi.fn() }) as unknown as PacksActions;
    const root = mount(
      <PacksSection
        t={createTranslator('en')}
        lang="en"
        state={{
          installed: { ...EMPTY_PACK_STATE, user: [pack] },
          rules: checker.rules,
          composeErrors: [],
          import: {
            step: 'preview',
            source: 'x.json',
            pack,
            text: text(pack),
            diff: diffPacks(undefined, pack),
            warnings: [],
          },
          editor: undefined,
          error: undefined,
        }}
        actions={actions}
      />,
    );
    expect(root.querySelector('img, script')).toBeNull();
    expect(root.textContent).toContain(SCRIPT);
    expect((window as unknown as { hacked?: number }).hacked).toBeUndefined();
    expect(
      root.querySelector('[data-klartext-rule="no-asap"] [data-klartext-action="edit-rule"]'),
    ).not.toBeNull();
  });

  it('shows problems with their line and column, in German too, and markup as text', () => {
    const root = mount(
      <ImportPanel
        t={createTranslator('de')}
        lang="de"
        state={{
          step: 'problems',
          source: 'kaputt.json',
          errors: [
            // A problem quotes what the pack says: here markup, as an unknown field's name.
            { path: '/name', code: 'unknown-property', data: { key: SCRIPT }, line: 3, column: 11 },
            {
              path: '/version',
              code: 'wrong-form',
              data: { value: { json: '"1.0"' }, description: 'a semantic version such as "1.2.0"' },
              line: 4,
              column: 14,
            },
          ],
          warnings: [],
        }}
        onFile={vi.fn()}
        onText={vi.fn()}
        onConfirm={vi.fn()}
        onCancel={vi.fn()}
      />,
    );
    const problems = root.querySelector('[data-klartext-import-problems]')!;
    expect(problems.textContent).toContain('kaputt.json kann nicht installiert werden');
    expect(problems.textContent).toContain('Zeile 3, Spalte 11:');
    expect(problems.textContent).toContain(SCRIPT);
    expect(problems.querySelector('img, script')).toBeNull();
    expect(problems.textContent).toContain(
      'Zeile 4, Spalte 14: "1.0" hat nicht die erwartete Form: a semantic version',
    );
  });

  it('confirms an import with a button', () => {
    const pack = loaded(minimalPack());
    const onConfirm = vi.fn();
    const root = mount(
      <ImportPanel
        t={createTranslator('en')}
        lang="en"
        state={{
          step: 'preview',
          source: 'mini.json',
          pack,
          text: text(pack),
          diff: diffPacks(undefined, pack),
          warnings: [],
        }}
        onFile={vi.fn()}
        onText={vi.fn()}
        onConfirm={onConfirm}
        onCancel={vi.fn()}
      />,
    );
    const confirm = root.querySelector<HTMLButtonElement>(
      '[data-klartext-action="import-confirm"]',
    )!;
    expect(confirm.tagName).toBe('BUTTON');
    confirm.click();
    expect(onConfirm).toHaveBeenCalledOnce();
    // The added rule with its category and level named as everywhere else, not as codes
    // (the minimal pack's rule is a next-steps warning).
    expect(root.textContent).toContain('(Next steps, Important)');
    expect(root.textContent).not.toContain('next-steps, warning');
  });

  it('checks pasted JSON with the paste button, which stays off while the box is empty', async () => {
    const onText = vi.fn();
    const root = mount(
      <ImportPanel
        t={createTranslator('en')}
        lang="en"
        state={{ step: 'idle' }}
        onFile={vi.fn()}
        onText={onText}
        onConfirm={vi.fn()}
        onCancel={vi.fn()}
      />,
    );
    const check = root.querySelector<HTMLButtonElement>('[data-klartext-action="import-paste"]')!;
    expect(check.disabled).toBe(true);
    const box = root.querySelector<HTMLTextAreaElement>('[data-klartext-pack-paste]')!;
    box.value = '{"schemaVersion": 1}';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(check.disabled).toBe(false);
    check.click();
    expect(onText).toHaveBeenCalledWith('{"schemaVersion": 1}', 'Pasted text');
  });

  it('names what the organisation fixes', () => {
    const actions = new Proxy({}, { get: () => vi.fn() }) as unknown as PacksActions;
    const root = mount(
      <PacksSection
        t={createTranslator('de')}
        lang="de"
        state={{
          installed: {
            ...EMPTY_PACK_STATE,
            managedSettings: { uiLanguage: 'de', disabledHosts: ['intranet.example'] },
          },
          rules: [],
          composeErrors: [],
          import: { step: 'idle' },
          editor: undefined,
          error: undefined,
        }}
        actions={actions}
      />,
    );
    const note = root.querySelector('[data-klartext-managed-settings]')!;
    expect(note.textContent).toContain('Von Ihrer Organisation festgelegt');
    expect(note.textContent).toContain('intranet.example');
  });
});
