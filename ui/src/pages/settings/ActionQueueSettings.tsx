// Settings → Action queue: after how many days an applicant stops being "new", and after how many
// days without change a candidate counts as stale (the `recruiting.action_queue` setting).
import { useEffect } from "react";
import { Button } from "../../components/Button";
import { Field, FormError } from "../../components/Field";
import { useCoreForm } from "../../lib/form";
import { useCommand, useCommandMutation } from "../../lib/queries";
import { useToast } from "../../lib/toast";

export function ActionQueueSettings() {
  const current = useCommand("action_queue_settings_get", {});
  const save = useCommandMutation("action_queue_settings_set");
  const toast = useToast();
  const form = useCoreForm({ new_applicant_days: "", stale_days: "" });
  const { setValues } = form;
  useEffect(() => {
    if (current.data) setValues({ new_applicant_days: String(current.data.new_applicant_days), stale_days: String(current.data.stale_days) });
  }, [current.data, setValues]);
  const submit = () =>
    form.submit(async () => {
      await save.mutateAsync({ new_applicant_days: Number(form.values.new_applicant_days), stale_days: Number(form.values.stale_days) });
      toast.show("Action queue settings saved", "success");
    });
  return (
    <form className="form-row-3" aria-label="Action queue settings" noValidate onSubmit={(e) => (e.preventDefault(), void submit())}>
      <Field label="New applicant for (days)" field="new_applicant_days" errors={form.errors}>
        <input className="input" inputMode="numeric" {...form.bind("new_applicant_days")} />
      </Field>
      <Field label="Stale after (days)" field="stale_days" errors={form.errors}>
        <input className="input" inputMode="numeric" {...form.bind("stale_days")} />
      </Field>
      <div className="subform-actions">
        <Button variant="secondary" type="submit" busy={form.busy} data-testid="save-queue-settings">
          Save
        </Button>
      </div>
      <FormError message={form.formError} />
    </form>
  );
}
