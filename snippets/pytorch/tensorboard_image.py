"""Log one photo with add_image (HWC and CHW) and a batch of digits with add_images."""
import torch
from skimage import data
from sklearn.datasets import load_digits
from tensorboard.backend.event_processing.event_accumulator import EventAccumulator
from torch.utils.tensorboard import SummaryWriter

cat = data.chelsea()  # a photo that ships with scikit-image: NumPy, uint8, (H, W, C)
print(cat.shape, cat.dtype)

writer = SummaryWriter("runs/images")
writer.add_image("cat/hwc", cat, 0, dataformats="HWC")  # (1)!
writer.add_image("cat/chw", torch.from_numpy(cat).permute(2, 0, 1), 0)  # (2)!

digits = torch.tensor(load_digits().images[:16], dtype=torch.float32) / 16  # floats in [0, 1]
writer.add_images("digits", digits.unsqueeze(1), 0)  # (3)!
writer.close()

acc = EventAccumulator("runs/images")
acc.Reload()
for tag in acc.Tags()["images"]:
    image = acc.Images(tag)[0]  # the stored PNG and its size
    print(f"{tag:<8} {image.width} x {image.height}")
