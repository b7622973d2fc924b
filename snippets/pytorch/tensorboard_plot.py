"""A logged loss drawn raw and smoothed, as TensorBoard does, labelled in Chinese or English."""
import tempfile

import matplotlib.pyplot as plt
import torch
from tensorboard.backend.event_processing.event_accumulator import EventAccumulator
from torch.utils.tensorboard import SummaryWriter

# Chinese labels need a CJK font; matplotlib falls back to it for glyphs DejaVu Sans lacks
plt.rcParams["font.family"] = ["DejaVu Sans", "Noto Sans CJK SC"]

LABELS = {
    "zh": {"raw": "记录的原始值", "smoothed": "平滑后（权重 0.6）", "x": "step", "y": "数值"},
    "en": {"raw": "logged values", "smoothed": "smoothed (weight 0.6)", "x": "step", "y": "value"},
}

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
    last = weight * last + (1 - weight) * value  # (1)!
    smoothed.append(last / (1 - weight ** i))


def plot_tensorboard_scalars(lang):
    text = LABELS[lang]
    fig, ax = plt.subplots(figsize=(5, 3.2))
    ax.plot(steps, values, color="tab:orange", alpha=0.35, label=text["raw"])
    ax.plot(steps, smoothed, color="tab:orange", label=text["smoothed"])
    ax.set_title("train/loss")  # the tag, as the dashboard shows it
    ax.set_xlabel(text["x"])
    ax.set_ylabel(text["y"])
    ax.legend()
    ax.grid(alpha=0.3)
    return fig
