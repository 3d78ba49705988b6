// The `?` help: every keyboard shortcut.
import { Dialog } from "../components/Dialog";
import { ShortcutList } from "./ShortcutList";

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose} size="md" testId="shortcuts-dialog">
      <ShortcutList />
    </Dialog>
  );
}
