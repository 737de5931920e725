"""Checks a notebook executed by the real kernel: no error output in any cell, every code cell ran, and ClaimRecon's own
HTML is among the outputs (the claim set summary, a range chart and the report). Usage: check-notebook.py <executed.ipynb>"""
import json
import sys

notebook = json.load(open(sys.argv[1], encoding="utf-8"))
failures = []
html = []
code_cells = [c for c in notebook["cells"] if c["cell_type"] == "code"]
for index, cell in enumerate(code_cells):
    if cell.get("execution_count") is None:
        failures.append(f"code cell {index} did not run")
    for output in cell.get("outputs", []):
        if output["output_type"] == "error":
            failures.append(f"code cell {index}: {output.get('ename')}: {output.get('evalue')}")
        elif output["output_type"] == "stream" and output.get("name") == "stderr":
            failures.append(f"code cell {index} wrote to stderr: {''.join(output.get('text', ''))[:300]}")
        data = output.get("data", {})
        if "text/html" in data:
            html.append((index, "".join(data["text/html"])))

ours = [(i, h) for i, h in html if h.lstrip().startswith('<div class="claimrecon')]
for marker, what in [("cr-claim-set", "the claim set summary"), ("<svg", "a range chart"), ("cr-consensus", "a consensus band"), ("cr-timeline", "the report's timeline")]:
    if not any(marker in h for _, h in ours):
        failures.append(f"no ClaimRecon HTML with {what} ({marker}) in the outputs")

for failure in failures:
    print("notebook check failed: " + failure, file=sys.stderr)
print(f"{len(code_cells)} code cells ran; {len(ours)} ClaimRecon HTML outputs of {len(html)} HTML outputs")
sys.exit(1 if failures else 0)
