import type { PanelText } from '@/lib/i18n/panel-text';

export interface People {
  speaker: string;
  reviewer: string;
  date: string;
}

interface Props {
  people: People;
  text: PanelText;
  onChange(patch: Partial<People>): void;
}

/** 述职人 / 评议人 / 评议日期: the form's head, printed on the Word 评议表 and the summary. */
export function PeopleFields({ people, text, onChange }: Props) {
  return (
    <fieldset className="people">
      <legend className="visually-hidden">{text.assessmentPeople}</legend>
      <label>
        {text.assessmentSpeaker}
        <input value={people.speaker} maxLength={100} onChange={(e) => onChange({ speaker: e.target.value })} />
      </label>
      <label>
        {text.assessmentReviewer}
        <input value={people.reviewer} maxLength={100} onChange={(e) => onChange({ reviewer: e.target.value })} />
      </label>
      <label>
        {text.assessmentDate}
        <input type="date" value={people.date} onChange={(e) => onChange({ date: e.target.value })} />
      </label>
    </fieldset>
  );
}
