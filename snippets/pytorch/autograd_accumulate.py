"""Gradients add up over backward calls until you zero them."""
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = (x ** 2).sum()  # dy/dx = 2x

y.backward(retain_graph=True)  # (1)!
print(x.grad)
y.backward()  # (2)!
print(x.grad)

x.grad.zero_()  # (3)!
(x ** 2).sum().backward()  # a new graph
print(x.grad)
