"""add_figure draws a Matplotlib figure into an image, logs it and closes the figure."""
import matplotlib.pyplot as plt
import torch
from sklearn.datasets import load_digits
from tensorboard.backend.event_processing.event_accumulator import EventAccumulator
from torch.utils.tensorboard import SummaryWriter

counts = torch.bincount(torch.tensor(load_digits().target))  # examples per class
fig, ax = plt.subplots(figsize=(4, 3), dpi=100)  # 4 x 3 inches at 100 dots per inch
ax.bar(range(10), counts.tolist())
ax.set_xlabel("class")

writer = SummaryWriter("runs/figure")
writer.add_figure("data/class_counts", fig, 0)
writer.close()
print(plt.fignum_exists(fig.number))  # add_figure closed it

acc = EventAccumulator("runs/figure")
acc.Reload()
image = acc.Images("data/class_counts")[0]
print(acc.Tags()["images"], image.width, "x", image.height)
