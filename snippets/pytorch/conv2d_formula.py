"""Check the output-size formula against real nn.Conv2d shapes over a grid of settings."""
import itertools

import torch
from torch import nn


def out_size(n, k, s, p, d):
    """floor((n + 2p - d(k - 1) - 1) / s + 1), written with integer division."""
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


H_in, W_in = 17, 20  # different sizes, so height and width are both checked
X = torch.zeros(1, 1, H_in, W_in)
count = 0
for k, s, p, d in itertools.product([1, 2, 3, 4, 5], [1, 2, 3], [0, 1, 2, 3], [1, 2]):
    conv = nn.Conv2d(1, 1, kernel_size=k, stride=s, padding=p, dilation=d)
    with torch.no_grad():
        shape = conv(X).shape[-2:]
    assert shape == (out_size(H_in, k, s, p, d), out_size(W_in, k, s, p, d)), (k, s, p, d)
    count += 1
print(f"all {count} settings agree")
