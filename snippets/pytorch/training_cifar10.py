"""The real data: CIFAR-10's training and test splits as DataLoaders (downloads ~170 MB once)."""
from torch.utils.data import DataLoader
from torchvision import datasets, transforms

batch_size = 64
train_data = datasets.CIFAR10(root="./datasets", train=True, download=True,
                              transform=transforms.ToTensor())
test_data = datasets.CIFAR10(root="./datasets", train=False, download=True,
                             transform=transforms.ToTensor())
train_iter = DataLoader(train_data, batch_size=batch_size, shuffle=True)
test_iter = DataLoader(test_data, batch_size=batch_size)  # no need to shuffle for testing
X, y = next(iter(train_iter))
print(X.shape, X.dtype, y[:8])
