"""Build VGG16 with its ImageNet weights (downloads about 528 MB the first time)."""
from torchvision.models import VGG16_Weights, vgg16

weights = VGG16_Weights.DEFAULT  # (1)!
model = vgg16(weights=weights)  # (2)!
model.eval()
preprocess = weights.transforms()  # (3)!
print(model.classifier[6])
