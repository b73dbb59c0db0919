import { DatasetInfo, Method } from "./dataset-info";
import { Downloads } from "./downloads";
import { Reconciliation } from "./reconciliation";
import { LinkParameters } from "./link-parameters";
import { SourceList } from "./source-list";

/** Sources and method: the dataset's version and citation, definitions, counting rules, downloads and every source. */
export function SourcesView() {
  return (
    <div className="space-y-4">
      <div className="grid items-start gap-4 lg:grid-cols-2 [&>*]:min-w-0 [&>*]:[overflow-wrap:anywhere]">
        <DatasetInfo />
        <Downloads />
      </div>
      <Method />
      <Reconciliation />
      <SourceList />
      <LinkParameters />
    </div>
  );
}
