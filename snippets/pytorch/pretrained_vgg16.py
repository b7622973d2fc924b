"""VGG16's architecture offline: weights=None gives the same layers with random weights."""
import torch
from torchvision.models import vgg16

torch.manual_seed(0)
model = vgg16(weights=None)  # no download: randomly initialized
print([name for name, _ in model.named_children()])
print(model.avgpool)
print(model.classifier)
print(f"{sum(p.numel() for p in model.parameters()):,} parameters")
