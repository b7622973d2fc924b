"""A fully connected layer does not see which pixels are neighbors: shuffling the pixels changes nothing."""
import torch
from torch import nn

torch.manual_seed(0)
X = torch.rand(1, 1, 8, 8)  # one 8x8 grayscale image
perm = torch.randperm(64)  # a fixed shuffle of the 64 pixel positions
X_shuffled = X.reshape(1, 64)[:, perm].reshape(1, 1, 8, 8)

fc = nn.Linear(64, 3)
fc_shuffled = nn.Linear(64, 3)
with torch.no_grad():  # the same weights, their columns shuffled like the pixels
    fc_shuffled.weight.copy_(fc.weight[:, perm])
    fc_shuffled.bias.copy_(fc.bias)
    y = fc(X.reshape(1, 64))
    y_shuffled = fc_shuffled(X_shuffled.reshape(1, 64))
print(y.round(decimals=4))
print(y_shuffled.round(decimals=4))
torch.testing.assert_close(y, y_shuffled)

