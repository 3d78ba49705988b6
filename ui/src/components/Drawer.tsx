// A panel sliding in from the right for details of one item (job, candidate, application).
import { useId, type ReactNode } from "react";
import { Icon } from "./Icon";
import { Layer } from "./Layer";

type Props = {
  title: ReactNode;
  subtitle?: ReactNode;
  actions?: ReactNode;
  onClose: () => void;
  testId?: string;
  children: ReactNode;
};

export function Drawer({ title, subtitle, actions, onClose, testId, children }: Props) {
  const id = useId();
  return (
    <Layer onClose={onClose} className="drawer" backdropClassName="backdrop backdrop-drawer" labelledBy={id} testId={testId}>
      <header className="drawer-head">
        <div className="drawer-titles">
          <h2 id={id}>{title}</h2>
          {subtitle && <div className="drawer-sub">{subtitle}</div>}
          {actions && <div className="drawer-actions">{actions}</div>}
        </div>
        <button type="button" className="icon-btn" aria-label="Close" onClick={onClose}>
          <Icon name="x" />
        </button>
      </header>
      <div className="drawer-body">{children}</div>
    </Layer>
  );
}

/** A titled block inside a drawer. */
export function Section({ title, actions, children }: { title: string; actions?: ReactNode; children: ReactNode }) {
  return (
    <section className="section">
      <div className="section-head">
        <h3>{title}</h3>
        {actions}
      </div>
      {children}
    </section>
  );
}

/** Label/value pairs. */
export function Facts({ items }: { items: Array<[string, ReactNode]> }) {
  const shown = items.filter(([, v]) => v !== null && v !== undefined && v !== "");
  return (
    <dl className="facts">
      {shown.map(([k, v]) => (
        <div key={k} className="fact">
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}
