"""nn.CrossEntropyLoss takes raw logits and integer class indices."""
import torch
from torch import nn

y_hat = torch.tensor([[2.0, 1.0, 0.1],  # (1)!
                      [0.5, 2.5, 0.3]])
y = torch.tensor([0, 2])  # one class index per sample, dtype int64
loss_fn = nn.CrossEntropyLoss()
loss = loss_fn(y_hat, y)
print(y.dtype, loss)

# by hand: -log softmax(logits)[target], averaged over the batch
log_probs = torch.log_softmax(y_hat, dim=1)
by_hand = -log_probs[torch.arange(len(y)), y].mean()  # (2)!
print(by_hand, torch.allclose(loss, by_hand))
