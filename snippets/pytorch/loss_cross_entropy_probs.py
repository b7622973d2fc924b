"""nn.CrossEntropyLoss also accepts class probabilities of shape (N, C) as targets."""
import torch
from torch import nn

y_hat = torch.tensor([[2.0, 1.0, 0.1],
                      [0.5, 2.5, 0.3]])
loss_fn = nn.CrossEntropyLoss()

one_hot = torch.tensor([[1.0, 0.0, 0.0],  # the same labels as [0, 2], as probabilities
                        [0.0, 0.0, 1.0]])
print(loss_fn(y_hat, one_hot))

soft = torch.tensor([[0.7, 0.2, 0.1],  # soft labels: each row sums to 1
                     [0.1, 0.1, 0.8]])
by_hand = -(soft * torch.log_softmax(y_hat, dim=1)).sum(dim=1).mean()
print(loss_fn(y_hat, soft), by_hand)
