// A centred modal dialog with a title, body and footer; used for forms and confirmations.
import { useId, type ReactNode } from "react";
import { Icon } from "./Icon";
import { Layer } from "./Layer";
import { Button } from "./Button";

type Props = {
  title: string;
  description?: ReactNode;
  onClose: () => void;
  footer?: ReactNode;
  size?: "sm" | "md" | "lg";
  testId?: string;
  /** Makes the body and footer one form (so Enter submits and footer buttons can be `type="submit"`). */
  onSubmit?: () => void;
  children?: ReactNode;
};

export function Dialog({ title, description, onClose, footer, size = "md", testId, onSubmit, children }: Props) {
  const id = useId();
  const content = (
    <>
      {children && <div className="dialog-body">{children}</div>}
      {footer && <footer className="dialog-foot">{footer}</footer>}
    </>
  );
  return (
    <Layer onClose={onClose} className={`dialog dialog-${size}`} backdropClassName="backdrop" labelledBy={id} testId={testId}>
      <header className="dialog-head">
        <div>
          <h2 id={id}>{title}</h2>
          {description && <p className="dialog-desc">{description}</p>}
        </div>
        <button type="button" className="icon-btn" aria-label="Close" onClick={onClose}>
          <Icon name="x" />
        </button>
      </header>
      {onSubmit ? (
        <form
          className="dialog-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            onSubmit();
          }}
        >
          {content}
        </form>
      ) : (
        content
      )}
    </Layer>
  );
}

/** "Are you sure?" with a destructive confirm button. */
export function ConfirmDialog({
  title,
  message,
  confirmLabel,
  confirmTestId,
  busy,
  onConfirm,
  onClose,
}: {
  title: string;
  message: ReactNode;
  confirmLabel: string;
  confirmTestId?: string;
  busy?: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) {
  return (
    <Dialog
      title={title}
      onClose={onClose}
      size="sm"
      footer={
        <>
          <Button variant="ghost" onClick={onClose}>
            Cancel
          </Button>
          <Button variant="danger" busy={busy} onClick={onConfirm} data-autofocus data-testid={confirmTestId}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      <p className="confirm-text">{message}</p>
    </Dialog>
  );
}
