import type { PanelText } from '@/lib/i18n/panel-text';

interface Props {
  scale: readonly string[];
  rating: string | null;
  text: PanelText;
  onPick(rating: string): void;
}

/** 总体评价: one radio button per grade of the form's scale (好 / 较好 / 一般 / 差). */
export function RatingPicker({ scale, rating, text, onPick }: Props) {
  return (
    <fieldset className="rating" data-testid="rating">
      <legend>{text.assessmentRating}</legend>
      {scale.map((grade) => (
        <label key={grade}>
          <input type="radio" name="rating" value={grade} checked={rating === grade} onChange={() => onPick(grade)} />
          {text.ratingName(grade)}
        </label>
      ))}
    </fieldset>
  );
}
