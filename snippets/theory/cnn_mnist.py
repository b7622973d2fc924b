"""Load MNIST, the data set LeNet-5 was made for, with torchvision (needs the network once)."""
from torchvision import datasets, transforms

train_data = datasets.MNIST(root="./datasets", train=True, download=True,
                            transform=transforms.ToTensor())
test_data = datasets.MNIST(root="./datasets", train=False, download=True,
                           transform=transforms.ToTensor())
image, label = train_data[0]  # a (1, 28, 28) tensor with values 0..1, and an int
print(len(train_data), len(test_data), image.shape, label)
