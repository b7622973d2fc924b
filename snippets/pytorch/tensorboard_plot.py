"""Draw a logged loss curve the way TensorBoard's scalar chart does: raw values and smoothed."""
import tempfile

import matplotlib.pyplot as plt
import torch
from tensorboard.backend.event_processing.event_accumulator import EventAccumulator
from torch.utils.tensorboard import SummaryWriter

torch.manual_seed(0)
with tempfile.TemporaryDirectory() as log_dir:
    writer = SummaryWriter(log_dir)
    for step in range(100):  # a made-up noisy, falling loss
        loss = 2 * 0.97 ** step + 0.15 * torch.rand(1).item()
        writer.add_scalar("train/loss", loss, step)
    writer.close()
    acc = EventAccumulator(log_dir)
    acc.Reload()
    events = acc.Scalars("train/loss")  # what the dashboard reads

steps = [e.step for e in events]
values = [e.value for e in events]

# TensorBoard's smoothing: a debiased exponential moving average, weight 0.6 by default
weight, last, smoothed = 0.6, 0.0, []
for i, value in enumerate(values, start=1):
    last = weight * last + (1 - weight) * value
    smoothed.append(last / (1 - weight ** i))

fig, ax = plt.subplots(figsize=(5, 3.2))
ax.plot(steps, values, color="tab:orange", alpha=0.35, label="logged values")
ax.plot(steps, smoothed, color="tab:orange", label="smoothed (weight 0.6)")
ax.set_title("train/loss")
ax.set_xlabel("step")
ax.set_ylabel("value")
ax.legend()
ax.grid(alpha=0.3)
