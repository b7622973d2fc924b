"""Build nn.Conv2d layers and read their output, weight and bias shapes."""
import torch
from torch import nn

X = torch.zeros(1, 3, 8, 8)  # (batch, channels, height, width)

conv = nn.Conv2d(in_channels=3, out_channels=6, kernel_size=3)
print(conv)
print(conv(X).shape)
print(conv.weight.shape, conv.bias.shape)  # (1)!

conv = nn.Conv2d(3, 6, kernel_size=(3, 5), bias=False)  # (kH, kW)
print(conv(X).shape)
print(conv.weight.shape, conv.bias)


class Net(nn.Module):
    """One convolution, as a module of its own."""

    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 6, 3)

    def forward(self, X):
        return self.conv1(X)


net = Net()
print(net(X).shape)
print(sum(p.numel() for p in net.parameters()))  # 6*3*3*3 weights + 6 biases
