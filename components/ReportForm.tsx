import { useState } from 'preact/hooks';
import { t } from '../ui-base/vocabulary';

interface Props {
  /** Stores the report; resolves once it is saved. */
  onReport: (comment: string) => Promise<void>;
}

type Step = 'closed' | 'open' | 'saving' | 'saved';

/** "This verdict is wrong": a button that opens a one-field form; the report stays on this device. */
export function ReportForm({ onReport }: Props) {
  const [step, setStep] = useState<Step>('closed');
  const [comment, setComment] = useState('');
  if (step === 'saved')
    return (
      <p class="fc-report-saved" role="status">
        {t('reportSaved')}
      </p>
    );
  if (step === 'closed') {
    return (
      <button type="button" class="fc-report-open" onClick={() => setStep('open')}>
        {t('reportButton')}
      </button>
    );
  }
  const submit = (e: Event) => {
    e.preventDefault();
    setStep('saving');
    onReport(comment).then(
      () => setStep('saved'),
      () => setStep('open'),
    );
  };
  return (
    <form class="fc-report" onSubmit={submit}>
      <label class="fc-report-label">
        {t('reportComment')}
        <textarea
          class="fc-report-comment"
          rows={2}
          maxLength={2000}
          value={comment}
          // The page must not see keystrokes typed into the card (its own shortcuts would fire).
          onKeyDown={(e) => e.key !== 'Escape' && e.stopPropagation()}
          onInput={(e) => setComment((e.currentTarget as HTMLTextAreaElement).value)}
          ref={(el) => el?.focus({ preventScroll: true })}
        />
      </label>
      <div class="fc-report-actions">
        <button type="submit" class="fc-report-save" disabled={step === 'saving'}>
          {t('reportSave')}
        </button>
        <button type="button" class="fc-report-cancel" onClick={() => setStep('closed')}>
          {t('reportCancel')}
        </button>
      </div>
    </form>
  );
}
