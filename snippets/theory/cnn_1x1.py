"""A 1x1 convolution is one matrix multiplication across channels, applied at every pixel."""
import torch
from torch import nn

torch.manual_seed(0)
X = torch.randn(3, 4, 5)  # 3 channels, 4 x 5 pixels
conv = nn.Conv2d(3, 2, kernel_size=1)  # 3 channels in, 2 out
W = conv.weight.detach().reshape(2, 3)  # (c_o, c_i, 1, 1) -> (c_o, c_i)
b = conv.bias.detach()

with torch.no_grad():
    y_hat = conv(X)
mine = (W @ X.reshape(3, 4 * 5) + b.reshape(2, 1)).reshape(2, 4, 5)  # (1)!
torch.testing.assert_close(mine, y_hat)
print(tuple(X.shape), "->", tuple(y_hat.shape))
print("pixel (1, 2):", X[:, 1, 2].numpy().round(4), "->", y_hat[:, 1, 2].numpy().round(4))
print("W @ x + b:   ", (W @ X[:, 1, 2] + b).numpy().round(4))

# changing the number of channels: 1x1 versus 3x3, from 256 channels to 64
for k in (1, 3):
    print(f"Conv2d(256, 64, {k}) parameters:", sum(p.numel() for p in nn.Conv2d(256, 64, k).parameters()))
