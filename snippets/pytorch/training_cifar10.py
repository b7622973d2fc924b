"""CIFAR-10 as DataLoaders, augmented for training only (downloads ~170 MB once)."""
from torch.utils.data import DataLoader
from torchvision import datasets, transforms

batch_size = 64
train_transform = transforms.Compose([
    transforms.RandomCrop(32, padding=4),  # (1)!
    transforms.RandomHorizontalFlip(),  # mirror left-right half of the time
    transforms.ToTensor(),  # (2)!
])
test_transform = transforms.ToTensor()  # no augmentation for testing
train_data = datasets.CIFAR10(root="./datasets", train=True, download=True, transform=train_transform)
test_data = datasets.CIFAR10(root="./datasets", train=False, download=True, transform=test_transform)
train_iter = DataLoader(train_data, batch_size=batch_size, shuffle=True)
test_iter = DataLoader(test_data, batch_size=batch_size)  # no need to shuffle for testing
X, y = next(iter(train_iter))
print(X.shape, X.dtype, y[:8])
