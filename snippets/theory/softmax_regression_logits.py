"""Why nn.CrossEntropyLoss takes logits: log(softmax(o)) underflows to -inf; log_softmax cannot."""
import torch
from torch import nn

o = torch.tensor([[0.0, -120.0]], requires_grad=True)  # a confident score for class 0
y = torch.tensor([1])  # but the label is class 1

probs = torch.softmax(o, dim=1)
print(probs.detach())  # exp(-120) is below float32's smallest number: rounded to 0
loss_from_probs = -probs[0, y].log().sum()  # softmax first, then log
loss_from_probs.backward()
print(loss_from_probs.item(), o.grad)

o.grad = None
loss = nn.CrossEntropyLoss()(o, y)  # log-softmax inside: o_y - log sum_k exp(o_k)
loss.backward()
print(torch.log_softmax(o, dim=1).detach())
print(loss.item(), o.grad)
