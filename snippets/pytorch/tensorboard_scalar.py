"""Log y = 2x with SummaryWriter.add_scalar, then read the event file back with TensorBoard's reader."""
import os

from tensorboard.backend.event_processing.event_accumulator import EventAccumulator
from torch.utils.tensorboard import SummaryWriter

writer = SummaryWriter("runs/demo")  # log_dir: created if it does not exist
for step in range(5):
    writer.add_scalar("y=2x", 2 * step, step)  # tag, value, step (the x axis)
writer.close()  # (1)!

print(len(os.listdir("runs/demo")), "event file(s) in runs/demo")
acc = EventAccumulator("runs/demo")  # TensorBoard's own reader
acc.Reload()  # (2)!
print(acc.Tags()["scalars"])
print([(event.step, event.value) for event in acc.Scalars("y=2x")])
