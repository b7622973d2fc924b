"""Applying softmax before nn.CrossEntropyLoss gives a different, wrong loss."""
import torch
from torch import nn

y_hat = torch.tensor([[2.0, 1.0, 0.1],
                      [0.5, 2.5, 0.3]])
y = torch.tensor([0, 2])
loss_fn = nn.CrossEntropyLoss()

print(loss_fn(y_hat, y))  # right: logits go in as they are
print(loss_fn(torch.softmax(y_hat, dim=1), y))  # wrong: softmax is applied twice
