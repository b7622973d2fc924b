"""One SGD step on a tiny parameter, and why the gradient must be cleared before the next."""
import torch

w = torch.tensor([1.0, -2.0], requires_grad=True)
optimizer = torch.optim.SGD([w], lr=0.1)  # usually: net.parameters()

loss = (w ** 2).sum()  # its gradient is 2 * w
loss.backward()
print(w.grad)
optimizer.step()  # w <- w - lr * w.grad
print(w.detach())

(w ** 2).sum().backward()  # no zero_grad: the new gradient is ADDED to the old one
print(w.grad)  # 2 * [0.8, -1.6] + [2, -4]
optimizer.zero_grad()  # sets .grad to None
print(w.grad)
