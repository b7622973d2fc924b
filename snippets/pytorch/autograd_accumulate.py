"""Gradients add up over backward calls until you zero them."""
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = (x ** 2).sum()  # dy/dx = 2x

y.backward(retain_graph=True)  # keep the graph so we can go through it again
print(x.grad)
y.backward()  # second call: the new gradient is ADDED to x.grad
print(x.grad)

x.grad.zero_()  # reset in place (optimizer.zero_grad() does this for a model)
(x ** 2).sum().backward()  # recompute the graph and go back once more
print(x.grad)
