"""Check the MaxPool2d output-size formula (floor or ceil) against real shapes."""
import itertools
import math

import torch
from torch import nn


def out_size(n, k, s, p, d, ceil_mode):
    """(n + 2p - d(k - 1) - 1) / s + 1, rounded down, or up when ceil_mode=True."""
    span = n + 2 * p - d * (k - 1) - 1
    size = (math.ceil(span / s) if ceil_mode else span // s) + 1
    if ceil_mode and (size - 1) * s >= n + p:  # the last window would start in the padding
        size -= 1
    return size


H_in, W_in = 13, 16
X = torch.zeros(1, 1, H_in, W_in)
count = 0
for k, s, p, d, ceil_mode in itertools.product(
    [1, 2, 3, 4], [1, 2, 3], [0, 1, 2], [1, 2], [False, True]
):
    if 2 * p > k:  # padding over half the window is refused
        continue
    pool = nn.MaxPool2d(k, stride=s, padding=p, dilation=d, ceil_mode=ceil_mode)
    shape = pool(X).shape[-2:]
    assert shape == (out_size(H_in, k, s, p, d, ceil_mode),
                     out_size(W_in, k, s, p, d, ceil_mode)), (k, s, p, d, ceil_mode)
    count += 1
print(f"all {count} settings agree")
