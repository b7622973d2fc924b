"""Log one histogram per step with add_histogram, then read back what the event file keeps of each."""
import torch
from tensorboard.backend.event_processing.event_accumulator import EventAccumulator
from torch.utils.tensorboard import SummaryWriter

torch.manual_seed(0)
writer = SummaryWriter("runs/histogram")
for step in range(3):
    values = torch.randn(1000) * (step + 1)  # standard deviation 1, 2, 3: the spread grows
    writer.add_histogram("normal", values, step)
writer.close()

acc = EventAccumulator("runs/histogram")
acc.Reload()
print(len(acc.Histograms("normal")), "histogram kept by default")
acc = EventAccumulator("runs/histogram", size_guidance={"histograms": 0})  # 0: keep them all
acc.Reload()
for event in acc.Histograms("normal"):
    h = event.histogram_value  # summary numbers and the counts of the buckets
    std = (h.sum_squares / h.num - (h.sum / h.num) ** 2) ** 0.5  # (1)!
    print(f"step {event.step}: {h.num:.0f} values, min {h.min:.2f}, max {h.max:.2f}, std {std:.2f}")
