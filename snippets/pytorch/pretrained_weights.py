"""What a weights enum tells about the pretrained model, without downloading anything."""
from torchvision.models import VGG16_Weights

weights = VGG16_Weights.DEFAULT
print(weights)
print(weights.meta["num_params"], weights.meta["_file_size"], weights.meta["min_size"])
print(len(weights.meta["categories"]), weights.meta["categories"][:3])
print(weights.meta["_metrics"]["ImageNet-1K"])
print(weights.transforms())
