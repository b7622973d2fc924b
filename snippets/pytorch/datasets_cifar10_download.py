"""The real call: download CIFAR-10 once (about 170 MB) and load its training and test splits."""
from torchvision import datasets, transforms

train_data = datasets.CIFAR10(root="./datasets", train=True, download=True,
                              transform=transforms.ToTensor())
test_data = datasets.CIFAR10(root="./datasets", train=False, download=True,  # the test split
                             transform=transforms.ToTensor())
print(len(train_data), len(test_data))
print(train_data.classes)
