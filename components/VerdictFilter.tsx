import type { Verdict } from '../lib/types';
import { t, VERDICT_ORDER, VERDICT_SYMBOL, verdictLabel } from '../ui-base/vocabulary';

interface Props {
  counts: Map<Verdict, number>;
  /** Verdicts shown; an empty set shows all. */
  selected: ReadonlySet<Verdict>;
  onChange: (selected: Set<Verdict>) => void;
}

/** Toggle buttons, one per verdict on the page, plus "All". */
export function VerdictFilter({ counts, selected, onChange }: Props) {
  const toggle = (v: Verdict) => {
    const next = new Set(selected);
    if (next.has(v)) next.delete(v);
    else next.add(v);
    onChange(next);
  };
  return (
    <div class="fc-filter" role="group" aria-label={t('filterLabel')}>
      <button type="button" class="fc-chip" data-verdict="all" aria-pressed={selected.size === 0} onClick={() => onChange(new Set())}>
        {t('filterAll')}
      </button>
      {VERDICT_ORDER.filter((v) => counts.has(v)).map((v) => (
        <button key={v} type="button" class={`fc-chip fc-${v}`} data-verdict={v} aria-pressed={selected.has(v)} onClick={() => toggle(v)}>
          <span aria-hidden="true">{VERDICT_SYMBOL[v]}</span> {verdictLabel(v)} <span class="fc-chip-count">{counts.get(v)}</span>
        </button>
      ))}
    </div>
  );
}
