// Settings → Follow-ups: after how many days with no change an application is due a follow-up,
// and after how many it counts as ghosted. The core checks the numbers and names the field.
import { useEffect } from "react";
import { Button } from "../../components/Button";
import { Field } from "../../components/Field";
import { useCoreForm } from "../../lib/form";
import { useCommand, useCommandMutation } from "../../lib/queries";
import { useToast } from "../../lib/toast";

export function FollowUpCard() {
  const current = useCommand("follow_up_settings_get", {});
  const save = useCommandMutation("follow_up_settings_set");
  const form = useCoreForm({ follow_up_days: "", ghosted_days: "" });
  const toast = useToast();
  const { setValues } = form;
  useEffect(() => {
    if (current.data) setValues({ follow_up_days: String(current.data.follow_up_days), ghosted_days: String(current.data.ghosted_days) });
  }, [current.data, setValues]);
  return (
    <form
      className="form-row-3"
      noValidate
      data-testid="follow-up-settings"
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit(async () => {
          await save.mutateAsync({ follow_up_days: Number(form.values.follow_up_days), ghosted_days: Number(form.values.ghosted_days) });
          toast.show("Follow-up settings saved", "success");
        });
      }}
    >
      <Field label="Follow up after (days)" field="follow_up_days" errors={form.errors}>
        <input className="input" inputMode="numeric" {...form.bind("follow_up_days")} />
      </Field>
      <Field label="Ghosted after (days)" field="ghosted_days" errors={form.errors}>
        <input className="input" inputMode="numeric" {...form.bind("ghosted_days")} />
      </Field>
      <Button type="submit" variant="primary" busy={form.busy} data-testid="save-follow-up-settings">
        Save
      </Button>
    </form>
  );
}
