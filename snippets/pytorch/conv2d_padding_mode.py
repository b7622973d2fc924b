"""What each padding_mode puts around the input (a 1x1 kernel of weight 1 copies it)."""
import torch
from torch import nn

X = torch.arange(1.0, 10.0).reshape(1, 1, 3, 3)
for mode in ["zeros", "reflect", "replicate", "circular"]:
    conv = nn.Conv2d(1, 1, kernel_size=1, padding=1, padding_mode=mode, bias=False)
    with torch.no_grad():
        conv.weight.fill_(1.0)  # output = padded input
        y_hat = conv(X)
    print(mode, tuple(y_hat.shape))
    print(y_hat[0, 0])
