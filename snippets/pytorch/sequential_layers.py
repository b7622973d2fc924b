"""The CIFAR-10-sized network written layer by layer, each layer an attribute."""
import torch
from torch import nn


class LayerNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 32, 5, padding=2)
        self.pool1 = nn.MaxPool2d(2)
        self.conv2 = nn.Conv2d(32, 32, 5, padding=2)
        self.pool2 = nn.MaxPool2d(2)
        self.conv3 = nn.Conv2d(32, 64, 5, padding=2)
        self.pool3 = nn.MaxPool2d(2)
        self.flatten = nn.Flatten()
        self.linear1 = nn.Linear(1024, 64)  # (1)!
        self.linear2 = nn.Linear(64, 10)

    def forward(self, X):
        X = self.pool1(self.conv1(X))
        X = self.pool2(self.conv2(X))
        X = self.pool3(self.conv3(X))
        X = self.flatten(X)
        return self.linear2(self.linear1(X))


torch.manual_seed(0)
net_layers = LayerNet()
X = torch.rand(2, 3, 32, 32)  # a batch of 2 images, 3 channels, 32 x 32 pixels
print(net_layers(X).shape)
