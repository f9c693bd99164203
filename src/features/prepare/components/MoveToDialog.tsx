/**
 * "Flyt til position…": asks for the punkt's new place in one step, instead of a click on
 * "Flyt op" for every place (issue #15: a new punkt took 8 clicks to reach position 3).
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useText } from '../../../ui/i18n';
import { prepareMessages } from '../messages';

export interface MoveToDialogProps {
  open: boolean;
  number: number;
  count: number;
  onClose: () => void;
  /** Called with a 1-based position within 1…count. */
  onMove: (position: number) => void;
}

/** The dialog asking for the new position of punkt `number`. */
export function MoveToDialog({ open, number, count, onClose, onMove }: MoveToDialogProps) {
  const t = useText(prepareMessages);
  const [value, setValue] = useState(String(number));
  const [invalid, setInvalid] = useState(false);
  const submit = () => {
    const position = /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
    if (!(position >= 1 && position <= count)) return setInvalid(true);
    onMove(position);
  };
  return (
    <Dialog
      open={open}
      onOpenChange={(_, d) => {
        if (d.open) return;
        onClose();
      }}
    >
      <DialogSurface>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <DialogBody>
            <DialogTitle>{t.moveToTitle(number)}</DialogTitle>
            <DialogContent>
              <Field
                label={t.moveToLabel(count)}
                validationMessage={invalid ? t.moveToInvalid(count) : undefined}
                validationState={invalid ? 'error' : 'none'}
              >
                <Input
                  inputMode="numeric"
                  value={value}
                  onChange={(_, d) => {
                    setValue(d.value);
                    setInvalid(false);
                  }}
                />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit">
                {t.moveToYes}
              </Button>
              <Button onClick={onClose}>{t.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
