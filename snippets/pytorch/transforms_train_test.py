"""Random augmentation for the training set; only deterministic transforms for the test set."""
import torch
from PIL import Image
from skimage import data
from torchvision.transforms import v2

img = Image.fromarray(data.chelsea())
to_input = [  # the same steps at the end of both pipelines
    v2.ToImage(),
    v2.ToDtype(torch.float32, scale=True),
    v2.Normalize([0.5, 0.5, 0.5], [0.5, 0.5, 0.5]),
]
train_transform = v2.Compose([
    v2.RandomCrop((224, 224)),  # random: a new window every call
    v2.RandomHorizontalFlip(),  # random: mirrored half of the time
    *to_input,
])
test_transform = v2.Compose([
    v2.CenterCrop((224, 224)),  # deterministic: always the middle
    *to_input,
])

torch.manual_seed(0)
for name, transform in [("train", train_transform), ("test", test_transform)]:
    a, b = transform(img), transform(img)  # the same photo, transformed twice
    print(f"{name:5}", a.shape, f"largest difference between two calls: {(a - b).abs().max():.4f}")
