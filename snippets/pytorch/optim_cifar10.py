"""Load CIFAR-10 with torchvision: the training and the test split (downloads ~170 MB once)."""
from torch.utils.data import DataLoader
from torchvision import datasets, transforms

batch_size = 64
train_data = datasets.CIFAR10(root="./datasets", train=True, download=True,
                              transform=transforms.ToTensor())
test_data = datasets.CIFAR10(root="./datasets", train=False, download=True,
                             transform=transforms.ToTensor())  # train=False: the test split
train_iter = DataLoader(train_data, batch_size=batch_size, shuffle=True)
test_iter = DataLoader(test_data, batch_size=batch_size)  # no need to shuffle for testing
X, y = next(iter(train_iter))
print(len(train_data), len(test_data), X.shape, y.shape)
