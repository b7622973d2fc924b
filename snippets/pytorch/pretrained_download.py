"""Build VGG16 with its ImageNet weights (downloads about 528 MB the first time)."""
from torchvision.models import VGG16_Weights, vgg16

weights = VGG16_Weights.DEFAULT  # the best weights torchvision has for VGG16
model = vgg16(weights=weights)  # saved under ~/.cache/torch/hub/checkpoints/
model.eval()
preprocess = weights.transforms()  # the resizing and normalization these weights expect
print(model.classifier[6])
