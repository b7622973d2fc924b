"""The old pretrained= argument still works, but warns: catch the warnings and print them."""
import warnings

import torch
from torchvision.models import vgg16

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")  # (1)!
    with torch.device("meta"):  # (2)!
        vgg16(pretrained=False)
for w in caught:
    print(f"{w.category.__name__}: {w.message}")
